#pragma once

#include "import/TabularFormat.h"

#include <QJsonObject>

#include <variant>
#include <vector>

namespace callboard {

/// Turns one call object of CloudTalk's APIs into the legs of one call, or the problem that
/// rejects it. Two shapes are read, both stored under the source "cloudtalk" with the call's CDR
/// id, so the same call from either is stored once:
///
/// - An element of `GET /calls/index.json`: capitalised blocks `Cdr`, `Agent`, `CallNumber`,
///   `Contact`, `Tags`, `Ratings`; one leg. CloudTalk sends numbers as JSON numbers or as strings
///   and its ISO times with offsets, `Z`, or none (read in @p zone). A call without `answered_at`
///   (null, empty or "0") is unanswered: incoming, a voicemail when `is_voicemail`, otherwise an
///   abandon; outgoing and internal, not connected. `waiting_time` is the wait of answered and
///   abandoned incoming calls, `talking_time` the talk and `wrapup_time` the after-call work of
///   answered ones (`billsec` is billing, not talk). The agent is `Agent.fullname`, the queue the
///   CloudTalk number's `internal_name`, the tracking number of an incoming call that number, the
///   CSAT score the rating the contact gave (1 to 5; agents' ratings are not CSAT), the customer
///   `Contact.id`. `transferred_from` set marks a transfer. Phone numbers are kept as given.
/// - The analytics call detail (`GET analytics-api.cloudtalk.io/api/calls/{id}`: `cdr_id`,
///   `call_times`, `call_steps`): the agent steps that took the call (answered, or answered and
///   then cold-transferred), in the order of `call_steps`, are the agent segments. Leg 0 is the
///   call with the first segment's agent, answer time (the step's date plus its ringing) and
///   talk, hold and wrap-up; each further segment is a leg 1..n of its own. The call's own
///   `call_times.waiting_time` is the wait and `ringing_time` the ringing; the first queue step's
///   date is the queue entry. A missed incoming call out of office, or whose queue had no agent
///   online, available or picking up, is missed; otherwise an abandon.
///
/// CloudTalk does not document how long `recording_link` works, so no expiry is stored. Known
/// limits: the detail's `waiting_time` is kept even where its own steps say otherwise (the
/// vendor's example gives 20 s against 10 s from queue entry to answer); with a transfer, the
/// call's rating stays on leg 0, the first agent's, not the last one's.
std::variant<std::vector<Call>, FieldProblem> cloudTalkCallsFromJson(const QJsonObject &object,
                                                                     const QTimeZone &zone);

} // namespace callboard
