#pragma once

#include "CloudError.h"

#include <optional>
#include <utility>
#include <variant>

namespace Copydeck {

// A value or the CloudError that prevented it. Errors are values in Copydeck: nothing throws across
// the event loop.
template<typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(CloudError error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const CloudError &error() const { return std::get<CloudError>(m_state); }

private:
    std::variant<T, CloudError> m_state;
};

template<> class Result<void>
{
public:
    Result() = default;
    Result(CloudError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const CloudError &error() const { return *m_error; }

private:
    std::optional<CloudError> m_error;
};

} // namespace Copydeck
