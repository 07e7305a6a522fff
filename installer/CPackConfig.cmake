# Packaging: installed files are data plus CPack. Linux gets the desktop entry and icon; Windows
# (WiX) and macOS (DragNDrop) installers take their settings from the folders beside this file.
if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/io.callboard.Callboard.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/callboard.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME io.callboard.Callboard.svg)
endif()

set(CPACK_PACKAGE_NAME "Callboard")
set(CPACK_PACKAGE_VENDOR "Callboard")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Callboard")
set(CPACK_PACKAGE_EXECUTABLES "callboard;Callboard")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    set(CPACK_WIX_UPGRADE_GUID "6C1B3A2E-4C55-4F0E-9D1F-7B0C2A9E5D31")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Callboard")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Callboard developers")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()

include(CPack)
