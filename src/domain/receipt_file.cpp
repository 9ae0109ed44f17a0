#include "domain/receipt_file.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/text_fold.h"

namespace hjt {
namespace {

constexpr auto kReceiptTypeCodes =
    enum_table<ReceiptType>({{ReceiptType::pdf, "pdf"}, {ReceiptType::jpeg, "jpeg"}, {ReceiptType::png, "png"}});

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

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
    if (starts_with(bytes, "%PDF-")) return ReceiptType::pdf;
    if (starts_with(bytes, "\xFF\xD8\xFF")) return ReceiptType::jpeg;
    if (starts_with(bytes, std::string_view("\x89PNG\r\n\x1A\n", 8))) return ReceiptType::png;
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
    if (bytes.empty()) throw ValidationError(field, "Bilaget er en tom fil");
    if (static_cast<std::int64_t>(bytes.size()) > limits::kMaxReceiptBytes)
        throw ValidationError(field, "Bilaget fylder " + std::to_string(bytes.size()) + " byte; højst " +
                                         std::to_string(limits::kMaxReceiptBytes / (1024 * 1024)) + " MB",
                              "out_of_range");
    auto type = receipt_type_of(bytes);
    if (!type) throw ValidationError(field, "Bilaget skal være en PDF-, JPEG- eller PNG-fil; '" + file_name + "' er ingen af dem");
    if (!name_fits(file_name, *type))
        throw ValidationError(field, "Bilaget '" + file_name + "' er en " + to_string(*type) +
                                         "-fil, men navnet slutter ikke sådan; omdøb filen og prøv igen");
    return *type;
}

} // namespace hjt
