#include "store/batch_insert.h"

namespace hjt::store {

std::string values_placeholders(std::size_t rows, std::size_t columns) {
    std::string text = " VALUES ";
    for (std::size_t r = 0; r < rows; ++r) text += (r == 0 ? "" : ", ") + list_placeholders(columns, r * columns);
    return text;
}

std::string list_placeholders(std::size_t count, std::size_t first) {
    std::string text = "(";
    for (std::size_t n = first; n < first + count; ++n) text += (n == first ? ":v" : ", :v") + std::to_string(n);
    return text + ')';
}

} // namespace hjt::store
