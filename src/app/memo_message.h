// One Digital Post message in Digitaliseringsstyrelsen's message format MeMo
// (MeddelelsesModel), version 1.1: namespace https://DigitalPost.dk/MeMo-1,
// memo:Message with memo:MessageHeader (messageType DIGITALPOST, messageUUID,
// label, mandatory, legalNotification, Sender by CVR, Recipient by CPR or CVR)
// and memo:MessageBody (createdDateTime, MainDocument/File: encodingFormat,
// filename, language, the PDF base64-encoded in content) — the elements and
// order of the published minimum example (README "Digital Post"). Written with
// Poco's XMLWriter, so every text is escaped by the library.
#pragma once

#include <string>

namespace hjt::app {

struct MemoParty {
    std::string id;       // 8-digit CVR or 10-digit CPR, digits only
    std::string id_type;  // "CVR" or "CPR"
    std::string label;    // the name shown ("" none; the recipient's is optional)
};

struct MemoMessage {
    std::string uuid;     // messageUUID, unique per message
    std::string label;    // the title the recipient sees
    MemoParty sender;
    MemoParty recipient;
    std::string created;  // ISO 8601 UTC, "2027-02-05T08:00:00Z"
    std::string filename; // the main document's file name
    std::string pdf;      // the main document's bytes
};

// std::invalid_argument when an id is not digits of its type's length.
std::string memo_xml(const MemoMessage& message);

// A fresh random (version 4) UUID for messageUUID.
std::string new_message_uuid();

} // namespace hjt::app
