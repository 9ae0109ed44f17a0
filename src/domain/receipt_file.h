// A receipt (bilag) a family uploads with an expense (issue 19): a PDF, JPEG
// or PNG file, known by its first bytes (its magic number), never by its name
// alone, and at most limits::kMaxReceiptBytes. Anything else is refused with a
// Danish message naming the field, so nothing is stored.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/enum_texts.h"

namespace hjt {

enum class ReceiptType { pdf, jpeg, png };

std::span<const EnumText<ReceiptType>> codes(ReceiptType);  // "pdf", "jpeg", "png" (storage)

// By the file's first bytes: %PDF-, FF D8 FF, or the PNG signature. nullopt otherwise.
std::optional<ReceiptType> receipt_type_of(std::string_view bytes);

// The media type a download is sent with: application/pdf, image/jpeg, image/png.
std::string media_type(ReceiptType type);

// The type of an acceptable receipt; ValidationError(field) when the file is
// empty, larger than the limit, not one of the three types, or its name does
// not end as its type does (a PNG named .pdf is refused, not guessed).
ReceiptType check_receipt(const std::string& file_name, std::string_view bytes, const std::string& field);

} // namespace hjt
