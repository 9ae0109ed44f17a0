#include "http/xlsx_response.h"

namespace hjt::http {

Response xlsx_response(const std::string& download_name, std::string bytes) {
    return Response::file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download_name,
                          std::move(bytes));
}

} // namespace hjt::http
