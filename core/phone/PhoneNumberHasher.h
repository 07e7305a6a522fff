#pragma once

#include "phone/PhoneNumberNormalizer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace callboard {

/// A number to hide in a raw record: the text the source wrote and what it was normalised to.
struct NumberToHide
{
    QString given;
    NormalizedNumber normalized;
};

/// Replaces phone numbers by salted hashes, so that a workspace can keep repeat-caller metrics
/// without keeping the numbers. A hash is `hash:` and the first 128 bits of
/// HMAC-SHA-256(workspace salt, E.164 number), base64url: the same number always gives the same
/// hash in one workspace, and different hashes in two workspaces.
///
/// Known limit: phone numbers are few (about 10^10 per country code), so whoever holds the
/// workspace file, salt included, can find a hashed number by trying them all; the hashes keep
/// numbers out of sight and out of reach of a casual reader, not of a determined one.
class PhoneNumberHasher
{
public:
    explicit PhoneNumberHasher(QByteArray salt);

    /// 32 random bytes from the system's generator, for a new workspace salt.
    static QByteArray newSalt();
    /// True for text hash() made.
    static bool isHash(const QString &text);

    /// The hash of @p number; empty stays empty and a hash stays itself.
    QString hash(const QString &number);

    /// @p raw (a record kept as JSON) with every value that holds one of @p numbers, in any
    /// writing of it (`+44 20 7946 0018`, `02079460018`, `"Alice" <02079460018>`,
    /// `sip:+442079460018@pbx`), replaced whole by that number's hash. A raw record that is not
    /// JSON is dropped (empty), as it cannot be searched safely.
    QString hideInRawRecord(const QString &raw, const QList<NumberToHide> &numbers);

private:
    QByteArray m_salt;
    QHash<QString, QString> m_cache;
};

} // namespace callboard
