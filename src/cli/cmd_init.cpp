#include <Poco/File.h>
#include <Poco/Path.h>

#include "cli/commands.h"
#include "store/migrations.h"

namespace hjt::cli {

Command init_command() {
    return {"init", "", "Create the database or migrate it to the current schema", "", {},
            [](Context& ctx, const Args&) {
                Poco::File(Poco::Path(ctx.settings().database).parent()).createDirectories();
                int version = ctx.database().schema_version();
                auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
                data->set("database", ctx.settings().database);
                data->set("schema_version", version);
                ctx.print("database " + ctx.settings().database + " at schema version " + std::to_string(version),
                          data);
                return 0;
            }};
}

} // namespace hjt::cli
