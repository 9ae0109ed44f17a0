#include "domain/receipt_file.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/text_fold.h"

namespace hjt {
namespace {

constexpr auto kReceiptTypeCodes =
    enum_table<ReceiptType>({{ReceiptType::pdf, "pdf"}, {ReceiptType::jpeg, "jpeg"}, {ReceiptType::png, "png"}});

bool ends_with(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool name_fits(const std::string& file_name, ReceiptType type) {
    const std::string name = folded(file_name);
    switch (type) {
    case ReceiptType::pdf: return ends_with(name, ".pdf");
    case ReceiptType::jpeg: return ends_with(name, ".jpg") || ends_with(name, ".jpeg");
    case ReceiptType::png: return ends_with(name, ".png");
    }
    return false;
}

} // namespace

std::span<const EnumText<ReceiptType>> codes(ReceiptType) { return kReceiptTypeCodes; }

std::optional<ReceiptType> receipt_type_of(std::string_view bytes) {
    if (bytes.starts_with("%PDF-")) return ReceiptType::pdf;
    if (bytes.starts_with("\xFF\xD8\xFF")) return ReceiptType::jpeg;
    if (bytes.starts_with(std::string_view("\x89PNG\r\n\x1A\n", 8))) return ReceiptType::png;
    return std::nullopt;
}

std::string media_type(ReceiptType type) {
    switch (type) {
    case ReceiptType::pdf: return "application/pdf";
    case ReceiptType::jpeg: return "image/jpeg";
    case ReceiptType::png: return "image/png";
    }
    return "application/octet-stream";
}

ReceiptType check_receipt(const std::string& file_name, std::string_view bytes, const std::string& field) {
    if (bytes.empty()) throw ValidationError(field, Message{MessageCode::attachment_empty, {}});
    if (static_cast<std::int64_t>(bytes.size()) > limits::kMaxReceiptBytes)
        throw ValidationError(field, Message{MessageCode::out_of_range,
                                             {"1 byte", std::to_string(limits::kMaxReceiptBytes / (1024 * 1024)) + " MB",
                                              std::to_string(bytes.size()) + " byte"}});
    auto type = receipt_type_of(bytes);
    if (!type) throw ValidationError(field, Message{MessageCode::attachment_type_unknown, {file_name}});
    if (!name_fits(file_name, *type))
        throw ValidationError(field, Message{MessageCode::attachment_name_mismatch, {file_name, to_string(*type)}});
    return *type;
}

} // namespace hjt
