# First-call resolution of the Disco call-centre log under the Standard profile, from the raw file
# alone: awk -F, -f fcr.awk CallCenter.csv
# Every inbound call has a customer; a call is judged when it started at least 7 days before the
# latest call (inbound or outbound) and resolved when the same customer's next inbound call,
# strictly later, is more than 7 days after it or never comes. Times are minutes since 1 January
# 2010 (every date in the log is in March or April 2010), read from the D.M.YY H:MM dates.
function minutes(s,   p, cum) {
    split(s, p, /[. :]/)
    split("0 31 59 90 120 151 181 212 243 273 304 334", cum, " ")
    return ((cum[p[2]] + p[1] - 1) * 24 + p[4]) * 60 + p[5]
}
NR > 1 && ($2 == "Inbound Call" || $2 == "Call Outbound") {
    t = minutes($3)
    if (t > latest) latest = t
    if ($2 == "Inbound Call") { n++; customer[n] = $6; start[n] = t }
}
END {
    week = 7 * 1440
    for (i = 1; i <= n; i++) {
        if (start[i] > latest - week) { provisional++; continue }
        following = -1
        for (j = 1; j <= n; j++) {
            if (customer[j] == customer[i] && start[j] > start[i] \
                && (following < 0 || start[j] < following)) following = start[j]
        }
        judged++
        if (following < 0 || following > start[i] + week) resolved++
    }
    print "judged", judged, "resolved", resolved, "provisional", provisional
}
