// The parts of libxml2 that GopyXML uses, for Swift.
//
// - xmlversion.h turns LIBXML_ICU_ENABLED on, and encoding.h then includes the system ICU
//   headers, which clash with Foundation's bundled ICU in any module that sees both. GopyXML
//   never touches ICU (iconv does the legacy encodings), so the macro is undefined after
//   xmlversion.h and before everything else. Only the tail of xmlCharEncodingHandler (two ICU
//   pointers) disappears from Swift's view, and Swift only ever holds pointers to it.
// - Swift 6 cannot read C global variables (libxml2's per-thread error handlers are macros over
//   accessor functions), so the few that are needed are wrapped in static inline functions.
#ifndef GOPY_CLIBXML2_SHIM_H
#define GOPY_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

/// `XML_SAX2_MAGIC`, for `xmlSAXHandler.initialized` (the macro does not import as a typed value).
static inline unsigned int gopy_xml_sax2_magic(void) { return XML_SAX2_MAGIC; }

/// The calling thread's structured error handler (`xmlStructuredError`).
static inline xmlStructuredErrorFunc gopy_xml_structured_error(void) { return xmlStructuredError; }

/// The calling thread's structured error context (`xmlStructuredErrorContext`).
static inline void *gopy_xml_structured_error_context(void) { return xmlStructuredErrorContext; }

#endif
