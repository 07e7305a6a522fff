#pragma once

#include "import/TabularFormat.h"

#include <QJsonObject>

#include <variant>

namespace callboard {

/// Turns one call object of Aircall's Public API (v1: an element of `GET /v1/calls` or
/// `/v1/calls/search`, the `call` of `GET /v1/calls/:id`, the `data` of a call webhook) into a
/// call, or the problem that rejects it. The call is stored under the source "aircall" with
/// Aircall's numeric `id`, the id the CSV export calls `call id (internal)`, so a call imported
/// from both is stored once.
///
/// Mapping: times are Unix seconds in UTC. A call whose `status` is not yet `done` is in
/// progress. `answered_at` set is answered; an unanswered outbound call is not connected; an
/// unanswered inbound call with a voicemail is a voicemail, otherwise `missed_call_reason`
/// decides (short_abandoned and abandoned_in_classic abandoned, abandoned_in_ivr the voice menu,
/// out_of_opening_hours, no_available_agent, agents_did_not_answer and any other or none missed;
/// the token is kept as the outcome label). The wait of an answered inbound call is
/// `answered_at - started_at`, which counts the welcome message and voice menu (the CSV's `time
/// to answer` leaves them out); an abandon waited from start to end. Talk is `ended_at -
/// answered_at`. `user` is the agent, the first of `teams` the queue, `raw_digits` the other
/// party and `number` the Aircall line, both as digits only as the CSV export writes them (the
/// line is also the tracking number of an inbound call). `transferred_to` set marks a transfer.
/// The recording is the `asset` page, else the direct `recording` or `voicemail` link; Aircall
/// does not document for how long those direct links work (between ten minutes and an hour, by
/// third-party accounts), so no expiry is stored. The contact is left aside: it is present only
/// when the listing asked for it, and the caller's number is the key the CSV export also gives.
std::variant<Call, FieldProblem> aircallCallFromJson(const QJsonObject &object);

} // namespace callboard
