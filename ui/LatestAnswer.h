#pragma once

#include "core/Result.h"

#include <QObject>

#include <functional>
#include <type_traits>
#include <utility>

#include <qcoro/qcorotask.h>

namespace Copydeck {

// Hands the answer of the latest question a page asked (load the destinations, check a region) to
// the page, and drops the answers of the earlier ones: a reload or another choice makes them
// stale. Also dropped when `context` is gone (the dialog closed while the list loaded). A member
// of the page it serves, which is the context: it lives as long as any answer it hands on.
class LatestAnswer final
{
    Q_DISABLE_COPY_MOVE(LatestAnswer)

public:
    LatestAnswer() = default;

    // Starts waiting for `task`; the value goes to `onValue`, a failure to `onError`: callables,
    // or member functions of `context`.
    template<typename T, typename Context, typename OnValue, typename OnError>
    void await(QCoro::Task<Result<T>> task, Context *context, OnValue onValue, OnError onError)
    {
        const int question = ++m_question;
        // QCoro::connect calls back only while `context` lives, so the raw pointers are safe.
        QCoro::connect(std::move(task), context,
                       [this, context, question, onValue = std::move(onValue),
                        onError = std::move(onError)](const Result<T> &result) {
                           if (question != m_question)
                               return;
                           if (result.ok())
                               call(context, onValue, result.value());
                           else
                               call(context, onError, result.error());
                       });
    }

    // Drops the answer to the question still open, if any.
    void forget() { ++m_question; }

private:
    template<typename Context, typename Callback, typename Argument>
    static void call(Context *context, const Callback &callback, const Argument &argument)
    {
        if constexpr (std::is_member_function_pointer_v<Callback>)
            std::invoke(callback, context, argument);
        else
            std::invoke(callback, argument);
    }

    int m_question = 0;
};

} // namespace Copydeck
