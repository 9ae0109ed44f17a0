#include "reports/pdf_archival.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <cctype>
#include <functional>
#include <stdexcept>
#include <utility>
#include <vector>

#include "reports/srgb_profile.h"
#include "reports/xml_text.h"

namespace hjt::reports {

namespace {

// Runs one step; any failure (qpdf throws QPDFExc, std::logic_error and
// std::runtime_error) becomes the error naming the step.
void step(const char* name, const std::function<void()>& work) {
    try {
        work();
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("PDF/A: ") + name + ": " + e.what());
    }
}

struct Dates {
    std::string info;  // "D:20261205000000+00'00'"
    std::string xmp;   // "2026-12-05T00:00:00+00:00"
};

// PdfMetadata::create_date is "YYYY-MM-DDTHH:MM:SSZ" (UTC); both forms name the same instant.
Dates dates_of(const std::string& iso) {
    const std::string shape = "dddd-dd-ddTdd:dd:ddZ";
    bool ok = iso.size() == shape.size();
    for (std::size_t i = 0; ok && i < shape.size(); ++i)
        ok = shape[i] == 'd' ? std::isdigit(static_cast<unsigned char>(iso[i])) != 0 : iso[i] == shape[i];
    if (!ok) throw std::invalid_argument("the creation date " + iso + " is not YYYY-MM-DDTHH:MM:SSZ");
    std::string digits;
    for (char c : iso)
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    return {"D:" + digits + "+00'00'", iso.substr(0, 19) + "+00:00"};
}

std::string alt(const std::string& text) {
    return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(text) + "</rdf:li></rdf:Alt>";
}

// The document information and the XMP packet hold the same values (6.6.2.3).
struct DocumentInfo {
    PdfMetadata metadata;
    std::string producer;
    Dates dates;

    QPDFObjectHandle info_dictionary() const {
        auto info = QPDFObjectHandle::newDictionary();
        const std::pair<const char*, const std::string*> texts[] = {
            {"/Title", &metadata.title},   {"/Author", &metadata.author},  {"/Subject", &metadata.subject},
            {"/Creator", &metadata.creator}, {"/Producer", &producer}};
        for (const auto& [key, value] : texts)
            if (!value->empty()) info.replaceKey(key, QPDFObjectHandle::newUnicodeString(*value));
        if (!dates.info.empty()) {
            info.replaceKey("/CreationDate", QPDFObjectHandle::newString(dates.info));
            info.replaceKey("/ModDate", QPDFObjectHandle::newString(dates.info));
        }
        return info;
    }

    std::string xmp() const {
        std::string d = "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
                        "<dc:format>application/pdf</dc:format>";
        if (!metadata.title.empty()) d += "<dc:title>" + alt(metadata.title) + "</dc:title>";
        if (!metadata.author.empty())
            d += "<dc:creator><rdf:Seq><rdf:li>" + xml_escaped(metadata.author) + "</rdf:li></rdf:Seq></dc:creator>";
        if (!metadata.subject.empty()) d += "<dc:description>" + alt(metadata.subject) + "</dc:description>";
        if (!metadata.creator.empty()) d += "<xmp:CreatorTool>" + xml_escaped(metadata.creator) + "</xmp:CreatorTool>";
        if (!dates.xmp.empty())
            d += "<xmp:CreateDate>" + dates.xmp + "</xmp:CreateDate><xmp:ModifyDate>" + dates.xmp + "</xmp:ModifyDate>";
        if (!producer.empty()) d += "<pdf:Producer>" + xml_escaped(producer) + "</pdf:Producer>";
        // The xpacket header without the bytes and encoding attributes (6.6.2.1).
        return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
               "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n" +
               d +
               "\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
               "<?xpacket end=\"r\"?>";
    }
};

QPDFObjectHandle metadata_stream(QPDF& pdf, const std::string& xmp) {
    auto stream = QPDFObjectHandle::newStream(&pdf, xmp);
    stream.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    stream.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    return stream;
}

QPDFObjectHandle output_intents(QPDF& pdf) {
    const std::string_view icc = srgb_profile();
    auto profile = QPDFObjectHandle::newStream(&pdf, std::string(icc));
    profile.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
    auto intent = QPDFObjectHandle::newDictionary();
    intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
    intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
    intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
    intent.replaceKey("/Info", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
    intent.replaceKey("/DestOutputProfile", profile);
    auto intents = QPDFObjectHandle::newArray();
    intents.appendItem(pdf.makeIndirectObject(intent));
    return intents;
}

void no_interpolation(QPDF& pdf) {
    for (auto& object : pdf.getAllObjects()) {
        if (!object.isStream()) continue;
        auto dict = object.getDict();
        if (dict.getKey("/Subtype").isNameAndEquals("/Image") && dict.hasKey("/Interpolate"))
            dict.replaceKey("/Interpolate", QPDFObjectHandle::newBool(false));
    }
}

} // namespace

std::string to_pdfa(const std::string& bytes, const PdfMetadata& metadata) {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    DocumentInfo info{metadata, "", {}};
    step("read Cairo's PDF", [&] {
        pdf.setAttemptRecovery(false);
        pdf.processMemoryFile("letter", bytes.data(), bytes.size());
        if (pdf.anyWarnings()) throw std::runtime_error("the file is damaged");
        if (pdf.isEncrypted()) throw std::runtime_error("the file is encrypted");
    });
    step("date", [&] {
        if (!metadata.create_date.empty()) info.dates = dates_of(metadata.create_date);
    });
    step("document information", [&] {
        auto old = pdf.getTrailer().getKey("/Info");
        auto cairo = old.isDictionary() ? old.getKey("/Producer") : QPDFObjectHandle::newNull();
        info.producer = (cairo.isString() ? cairo.getUTF8Value() + "; " : std::string()) + "qpdf " + QPDF::QPDFVersion();
        pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info.info_dictionary()));
    });
    step("XMP metadata", [&] { pdf.getRoot().replaceKey("/Metadata", metadata_stream(pdf, info.xmp())); });
    step("output intent", [&] { pdf.getRoot().replaceKey("/OutputIntents", output_intents(pdf)); });
    step("images", [&] { no_interpolation(pdf); });
    std::string out;
    step("write", [&] {
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setPreserveEncryption(false);
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.setMinimumPDFVersion("1.4");
        writer.write();
        if (pdf.anyWarnings()) throw std::runtime_error("qpdf warned while writing");
        const auto buffer = writer.getBufferSharedPointer();
        out.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    });
    return out;
}

} // namespace hjt::reports
