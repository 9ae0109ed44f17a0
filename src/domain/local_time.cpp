#include "domain/local_time.h"

#include <date/date.h>
#include <date/tz.h>

#include <sstream>

namespace hjt {

std::string danish_local_time(const std::string& utc_iso) {
    std::istringstream in(utc_iso);
    date::sys_seconds instant;
    in >> date::parse("%Y-%m-%dT%H:%M:%SZ", instant);
    if (in.fail()) return utc_iso;
    static const date::time_zone* copenhagen = date::locate_zone("Europe/Copenhagen");
    const auto local = date::make_zoned(copenhagen, instant).get_local_time();
    return date::format("%d-%m-%Y kl. %H:%M", date::floor<std::chrono::minutes>(local));
}

} // namespace hjt
