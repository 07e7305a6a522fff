#include "TabularFormat.h"

namespace callboard {

void RowPerCallFormat::convert(const Record &record, ConversionSink &sink)
{
    std::variant<Call, FieldProblem> converted = toCall(record);
    if (auto *call = std::get_if<Call>(&converted)) {
        sink.addCall(std::move(*call));
    } else {
        sink.reject(record.line, std::get<FieldProblem>(converted));
    }
}

} // namespace callboard
