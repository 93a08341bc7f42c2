#include "SpannerBackupFilter.h"

#include "SpannerTime.h"

#include <QList>

namespace Copydeck::Sandbox {

struct SpannerBackupFilter::Node
{
    enum Kind { And, Or, Not, Compare } kind = Compare;
    QList<std::shared_ptr<const Node>> children;
    QString field;
    QString op;
    QString value;
};

namespace {

using NodePtr = std::shared_ptr<const SpannerBackupFilter::Node>;
using Node = SpannerBackupFilter::Node;

const QStringList Fields
    = {QStringLiteral("name"),        QStringLiteral("database"),    QStringLiteral("state"),
       QStringLiteral("create_time"), QStringLiteral("expire_time"), QStringLiteral("version_time"),
       QStringLiteral("size_bytes")};

class Parser
{
public:
    Parser(const QString &text, const QStringList &fields)
        : m_text(text)
        , m_fields(fields)
    { }

    NodePtr parse()
    {
        NodePtr root = expression();
        skipSpace();
        if (!m_error.isEmpty())
            return nullptr;
        if (m_pos < m_text.size())
            return fail(QStringLiteral("unexpected '%1'").arg(m_text.mid(m_pos, 10)));
        return root;
    }
    QString error() const { return m_error; }

private:
    NodePtr fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return nullptr;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool keyword(QLatin1String word)
    {
        skipSpace();
        const qsizetype end = m_pos + word.size();
        if (m_text.mid(m_pos, word.size()).compare(word, Qt::CaseSensitive) != 0)
            return false;
        if (end < m_text.size() && !m_text.at(end).isSpace() && m_text.at(end) != u'(')
            return false;
        m_pos = end;
        return true;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size() || m_text.at(m_pos) == u')';
    }
    static NodePtr combine(Node::Kind kind, QList<NodePtr> children)
    {
        if (children.size() == 1)
            return children.constFirst();
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->children = std::move(children);
        return node;
    }
    NodePtr expression()
    {
        QList<NodePtr> terms;
        do {
            NodePtr term = sequence();
            if (!term)
                return nullptr;
            terms.append(term);
            keyword(QLatin1String("AND"));
        } while (!atEnd() && m_error.isEmpty());
        return combine(Node::And, terms);
    }
    NodePtr sequence()
    {
        QList<NodePtr> factors;
        do {
            NodePtr f = factor();
            if (!f)
                return nullptr;
            factors.append(f);
        } while (keyword(QLatin1String("OR")));
        return combine(Node::Or, factors);
    }
    NodePtr factor()
    {
        skipSpace();
        bool negate = keyword(QLatin1String("NOT"));
        if (!negate && m_pos < m_text.size() && m_text.at(m_pos) == u'-') {
            negate = true;
            ++m_pos;
        }
        NodePtr inner = primary();
        if (!inner || !negate)
            return inner;
        auto node = std::make_shared<Node>();
        node->kind = Node::Not;
        node->children = {inner};
        return node;
    }
    NodePtr primary()
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'(') {
            ++m_pos;
            NodePtr inner = expression();
            skipSpace();
            if (!inner)
                return nullptr;
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u')')
                return fail(QStringLiteral("missing ')'"));
            ++m_pos;
            return inner;
        }
        return comparison();
    }
    NodePtr comparison()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'
                   || m_text.at(m_pos) == u'.' || m_text.at(m_pos) == u'@'))
            ++m_pos;
        auto node = std::make_shared<Node>();
        node->field = m_text.mid(start, m_pos - start).toLower();
        if (node->field.isEmpty())
            return fail(QStringLiteral("expected a field at '%1'").arg(m_text.mid(m_pos, 10)));
        if (!allowed(node->field))
            return fail(QStringLiteral("unknown field '%1'").arg(node->field));
        skipSpace();
        static const QStringList ops = {
            QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("!="), QStringLiteral("<"),
            QStringLiteral(">"),  QStringLiteral("="),  QStringLiteral(":")};
        for (const QString &op : ops) {
            if (m_text.mid(m_pos, op.size()) == op) {
                node->op = op;
                m_pos += op.size();
                break;
            }
        }
        if (node->op.isEmpty())
            return fail(QStringLiteral("expected an operator after '%1'").arg(node->field));
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
            const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
            if (close < 0)
                return fail(QStringLiteral("unterminated string"));
            node->value = m_text.mid(m_pos + 1, close - m_pos - 1);
            m_pos = close + 1;
        } else {
            const qsizetype valueStart = m_pos;
            while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && m_text.at(m_pos) != u')')
                ++m_pos;
            node->value = m_text.mid(valueStart, m_pos - valueStart);
        }
        if (node->value.isEmpty())
            return fail(QStringLiteral("expected a value after '%1%2'").arg(node->field, node->op));
        if (node->field.endsWith(QLatin1String("_time")) && !SpannerTime::parse(node->value))
            return fail(QStringLiteral("'%1' is not a timestamp").arg(node->value));
        if (node->field == QLatin1String("size_bytes") && m_fields == Fields) {
            bool ok = false;
            node->value.toLongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("'%1' is not a number").arg(node->value));
        }
        return node;
    }

    bool allowed(const QString &field) const
    {
        for (const QString &name : m_fields) {
            if (name == field
                || (name.endsWith(QLatin1String(".*")) && field.startsWith(name.chopped(1))))
                return true;
        }
        return false;
    }

    const QString &m_text;
    const QStringList &m_fields;
    qsizetype m_pos = 0;
    QString m_error;
};

template<typename T> bool compare(const T &left, const QString &op, const T &right)
{
    if (op == QLatin1String("<"))
        return left < right;
    if (op == QLatin1String(">"))
        return left > right;
    if (op == QLatin1String("<="))
        return left <= right;
    if (op == QLatin1String(">="))
        return left >= right;
    if (op == QLatin1String("!="))
        return left != right;
    return left == right; // '=' and ':'
}

bool evaluate(const Node &node, const SpannerBackup &backup)
{
    switch (node.kind) {
    case Node::And:
        return std::all_of(node.children.cbegin(), node.children.cend(),
                           [&](const NodePtr &child) { return evaluate(*child, backup); });
    case Node::Or:
        return std::any_of(node.children.cbegin(), node.children.cend(),
                           [&](const NodePtr &child) { return evaluate(*child, backup); });
    case Node::Not:
        return !evaluate(*node.children.constFirst(), backup);
    case Node::Compare:
        break;
    }
    if (node.field == QLatin1String("name") || node.field == QLatin1String("database")
        || node.field == QLatin1String("state")) {
        QString text = node.field == QLatin1String("name") ? backup.name
            : node.field == QLatin1String("database")      ? backup.database
            : backup.ready                                 ? QStringLiteral("READY")
                                                           : QStringLiteral("CREATING");
        if (node.op == QLatin1String(":") && node.field != QLatin1String("state"))
            return text.contains(node.value, Qt::CaseInsensitive);
        return compare(text.toLower(), node.op, node.value.toLower());
    }
    if (node.field == QLatin1String("size_bytes"))
        return compare(backup.ready ? backup.sizeBytes : 0, node.op, node.value.toLongLong());
    const QDateTime value = *SpannerTime::parse(node.value);
    const QDateTime time = node.field == QLatin1String("create_time") ? backup.createTime
        : node.field == QLatin1String("expire_time")                  ? backup.expireTime
                                                                      : backup.versionTime;
    return compare(time, node.op, value);
}

bool evaluate(const Node &node, const SpannerBackupFilter::FieldValue &value)
{
    switch (node.kind) {
    case Node::And:
        return std::all_of(node.children.cbegin(), node.children.cend(),
                           [&](const NodePtr &child) { return evaluate(*child, value); });
    case Node::Or:
        return std::any_of(node.children.cbegin(), node.children.cend(),
                           [&](const NodePtr &child) { return evaluate(*child, value); });
    case Node::Not:
        return !evaluate(*node.children.constFirst(), value);
    case Node::Compare:
        break;
    }
    const std::optional<QString> actual = value(node.field);
    if (!actual)
        return false;
    if (node.op == QLatin1String(":") && node.value == QLatin1String("*"))
        return true;
    if (node.field.endsWith(QLatin1String("_time"))) {
        const auto left = SpannerTime::parse(*actual);
        const auto right = SpannerTime::parse(node.value);
        return left && right && compare(*left, node.op, *right);
    }
    bool leftNumber = false;
    bool rightNumber = false;
    const double left = actual->toDouble(&leftNumber);
    const double right = node.value.toDouble(&rightNumber);
    if (leftNumber && rightNumber && node.op != QLatin1String(":"))
        return compare(left, node.op, right);
    if (node.op == QLatin1String(":"))
        return actual->contains(node.value, Qt::CaseInsensitive);
    return compare(actual->toLower(), node.op, node.value.toLower());
}

} // namespace

std::variant<SpannerBackupFilter, GoogleErrorReply>
SpannerBackupFilter::parse(const QString &text, const QStringList &fields)
{
    SpannerBackupFilter filter;
    if (text.trimmed().isEmpty())
        return filter;
    Parser parser(text, fields);
    filter.m_root = parser.parse();
    if (!filter.m_root) {
        return GoogleErrorReply::invalidArgument(QStringLiteral("Invalid filter expression: ")
                                                     + parser.error(),
                                                 QStringLiteral("filter"));
    }
    return filter;
}

bool SpannerBackupFilter::matches(const FieldValue &value) const
{
    return !m_root || evaluate(*m_root, value);
}

std::variant<SpannerBackupFilter, GoogleErrorReply> SpannerBackupFilter::parse(const QString &text)
{
    SpannerBackupFilter filter;
    if (text.trimmed().isEmpty())
        return filter;
    Parser parser(text, Fields);
    filter.m_root = parser.parse();
    if (!filter.m_root) {
        return GoogleErrorReply::invalidArgument(QStringLiteral("Invalid filter expression: ")
                                                     + parser.error(),
                                                 QStringLiteral("filter"));
    }
    return filter;
}

bool SpannerBackupFilter::matches(const SpannerBackup &backup) const
{
    return !m_root || evaluate(*m_root, backup);
}

} // namespace Copydeck::Sandbox
