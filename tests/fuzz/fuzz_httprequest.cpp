// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The sandbox's HTTP/1.1 parser on raw bytes, fed whole and split at a point the input chooses.
#include "sandbox/httprequestparser.h"

#include <cstdlib>

using rte::sandbox::HttpRequest;
using rte::sandbox::HttpRequestParser;

namespace {

void drain(HttpRequestParser &parser)
{
    HttpRequest request;
    for (int i = 0; i < 10000; ++i) {
        const HttpRequestParser::Result result = parser.next(&request);
        if (result == HttpRequestParser::Result::Error) {
            if (parser.errorStatus() < 400 || parser.errorStatus() > 599)
                std::abort();
            return;
        }
        if (result == HttpRequestParser::Result::NeedMore)
            return;
        if (request.body.size() > HttpRequestParser::MaxBodyBytes)
            std::abort();
        (void)request.wantsClose();
        (void)request.header("content-length");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const qsizetype split = bytes.isEmpty() ? 0 : data[0] % (bytes.size() + 1);

    HttpRequestParser whole;
    whole.append(bytes);
    drain(whole);

    HttpRequestParser pieces;
    pieces.append(bytes.left(split));
    drain(pieces);
    pieces.append(bytes.mid(split));
    drain(pieces);
    return 0;
}
