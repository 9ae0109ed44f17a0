#include "store/batch_insert.h"

namespace hjt::store {

std::string values_placeholders(std::size_t rows, std::size_t columns) {
    std::string text = " VALUES ";
    std::size_t n = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        text += r == 0 ? "(" : ", (";
        for (std::size_t c = 0; c < columns; ++c) text += (c == 0 ? ":v" : ", :v") + std::to_string(n++);
        text += ')';
    }
    return text;
}

} // namespace hjt::store
