#include "domain/errors.h"

namespace hjt {

std::string text_in(const std::exception& e, Language language) {
    const auto* catalogued = dynamic_cast<const CataloguedError*>(&e);
    if (catalogued && catalogued->catalogued()) return render(*catalogued->catalogued(), language);
    return e.what();
}

std::string code_of(const std::exception& e, const std::string& fallback) {
    if (const auto* v = dynamic_cast<const ValidationError*>(&e)) return v->code();
    const auto* catalogued = dynamic_cast<const CataloguedError*>(&e);
    if (catalogued && catalogued->catalogued()) return std::string(code_name(catalogued->catalogued()->code));
    return fallback;
}

} // namespace hjt
