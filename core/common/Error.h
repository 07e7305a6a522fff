#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace callboard {

/// What the user can give to get past an error that is a missing piece of input rather than a
/// fault: the command line names its option, the window asks for it.
enum class MissingInput {
    None,
    DateOrder, ///< Dates that read both day first and month first.
    StartDate, ///< The first day of a report that numbers its days.
    Year,      ///< The year of dates written with day and month only.
    Mapping,   ///< Which column holds what, for a log no built-in format knows.
};

/// A problem the user must act on: a translated message and, where the input has them, the file,
/// line and column it concerns. Lines and columns count from 1; 0 means "not known".
struct Error
{
    QString message;
    QString file;
    qint64 line = 0;
    int column = 0;
    MissingInput missing = MissingInput::None;

    /// "file, line 12, column 3: message", leaving out what is not known.
    QString toString() const;
};

/// Either a value or an Error. Core functions return it instead of throwing, so no exception
/// crosses a layer or the event loop.
template <typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_state(std::move(value))
    {}
    Expected(Error error)
        : m_state(std::move(error))
    {}

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// The outcome of an action that yields nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace callboard
