#pragma once

#include "import/TabularFormat.h"

#include <QJsonObject>

#include <variant>
#include <vector>

namespace callboard {

/// One resource of Twilio's Calls list (`GET /2010-04-01/Accounts/{sid}/Calls.json`, or a
/// record of its bulk export), read on its own. Twilio keeps one resource per leg: a call that
/// reached (or was placed by) the account, and the legs its `<Dial>` placed, which name it in
/// `parent_call_sid`.
struct TwilioLeg
{
    /// The leg as a call: source "twilio", id the parent's sid for a dialled leg and its own sid
    /// otherwise, so all legs of one call share it. Times are RFC 2822 (ISO 8601 in bulk
    /// exports), in UTC; `start_time` is the arrival, else `date_created` for a call never
    /// dialled. A completed leg was answered `duration` seconds (a string) before `end_time`
    /// and talked that long (Twilio does not say whether a dialled leg's duration counts its
    /// ringing; it is taken not to). `from` and `to` are the caller and callee, `to` the tracking
    /// number of an inbound call. The outcome label is `status`, with `answered_by` when answering
    /// machine detection gave one. `queue_time` is not read: it is how long Twilio held a call
    /// placed through its API under the account's calls-per-second limit, not a caller's wait.
    Call call;
    QString sid;
    QString parentSid; ///< Empty for a call of its own.
    QString status; ///< queued, ringing, in-progress, completed, busy, failed, no-answer, canceled

    bool isDialled() const { return !parentSid.isEmpty(); }
    bool isAnswered() const { return status == u"completed"; }
    bool isInProgress() const;
};

/// Reads one Calls resource, or the problem that rejects it.
std::variant<TwilioLeg, FieldProblem> twilioLegFromJson(const QJsonObject &object);

/// What the legs one call dialled tell about it. Legs that nobody answered (no-answer, busy,
/// failed, canceled: the other numbers of a simultaneous `<Dial>`, or all of them when nobody
/// picked up) are ring attempts and make no leg of their own; they count here.
struct TwilioDialledLegs
{
    std::vector<TwilioLeg> answered; ///< In the order they were answered, then by sid.
    int unanswered = 0;
    bool anyCanceled = false; ///< A leg was still ringing when the call ended.
    QString unansweredStatus; ///< The status of the last unanswered leg added.

    /// Adds one dialled leg of the call, keeping `answered` in order.
    void add(TwilioLeg leg);
};

/// Leg 0 of the call @p parent, settled with what its dialled legs tell. Queued, ringing or in
/// progress: in progress. Outbound: answered when completed, else not connected. Inbound: a
/// dialled leg answered makes it answered, with that leg's answer time and talk, its `to` as the
/// agent (`client:anna` is anna) and the wait from the arrival to that answer (voice menu
/// included); dialled legs that all went unanswered make an abandon when one was cancelled by
/// the caller hanging up (waited from arrival to end), else a missed call. An inbound call that
/// dialled nobody was handled by the voice application alone (the voice menu) when completed,
/// an abandon when cancelled, and missed otherwise. Known limit: calls answered through
/// TaskRouter or Flex conferences dial no child leg, so they read as the voice menu.
Call twilioCustomerCall(const TwilioLeg &parent, const TwilioDialledLegs &dialled);

/// Dialled leg @p child, answered after an earlier one, as leg @p leg (from 1) of its parent's
/// call: a further agent (a transfer or a second `<Dial>`), named by its `to` when the call is
/// inbound, with the leg's own times, `from` and `to`.
Call twilioFurtherLeg(const TwilioLeg &child, int leg, Direction parentDirection);

} // namespace callboard
