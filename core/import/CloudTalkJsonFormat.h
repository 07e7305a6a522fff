#pragma once

#include "import/TabularFormat.h"

namespace callboard {

/// Call lists saved from CloudTalk's APIs: the call history (`{"responseData": {"data": [...]}}`
/// from `/calls/index.json`, its elements, or JSON Lines of them) and the analytics call detail
/// (one object with `cdr_id`, or an array of them). Recognised by a first call object with a
/// `Cdr` block, or with `cdr_id` and `call_times`. Each object makes one call, or one leg per
/// agent for a call detail, mapped by cloudTalkCallsFromJson(). CloudTalk documents its times as
/// UTC and sends them with offsets; a time without one is read in the zone the user gives, else
/// in UTC.
class CloudTalkJsonFormat : public TabularFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &) override {}
    QTimeZone timeZone() const override { return m_zone; }
    Status finishObserving() override { return {}; }
    void convert(const Record &record, ConversionSink &sink) override;

private:
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace callboard
