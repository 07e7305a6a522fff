#include "DefinitionProfile.h"

namespace callboard {

DefinitionProfile DefinitionProfile::standard()
{
    DefinitionProfile profile;
    profile.name = QStringLiteral("Standard");
    return profile;
}

} // namespace callboard
