#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 IRQ Scope authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# End-to-end test of irqscope-helper against the real polkitd and dbus-daemon:
#   polkit-e2e.sh HELPER CLIENT POLKIT_SOURCE_DIR POLKIT_BINARY_DIR
#
# Inside a private mount namespace (nothing on the host changes; it vanishes with us) it
# bind-mounts a test copy of /etc/passwd + /etc/group holding three test users, the project's
# real org.irqscope.policy into polkit's actions directory and a test rules file into its rules
# directories; then starts a private system-like dbus-daemon (the project's bus policy included,
# the project's activation file in its <servicedir>, Exec pointed at the built helper with a
# fixture --root) and the distribution's polkitd. Every process is stopped by its PID.
# Needs root with CAP_SYS_ADMIN. Without it the test is skipped (exit 77, CTest's
# SKIP_RETURN_CODE) with the reason, except under CI=true, where it fails: CI runs as root and
# must run it.
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }
unprivileged() {
    [ "${CI:-}" = true ] && fail "$*"
    echo "SKIP: $*" >&2
    exit 77
}

if [ $# -ne 4 ]; then
    echo "usage: $0 HELPER CLIENT POLKIT_SOURCE_DIR POLKIT_BINARY_DIR" >&2
    exit 2
fi
helper=$1 client=$2 policydir=$3 configured=$4

if [ -z "${IRQSCOPE_E2E_NAMESPACE:-}" ]; then
    [ "$(id -u)" -eq 0 ] || unprivileged "needs root (with CAP_SYS_ADMIN) for unshare --mount and polkitd; CI runs as root"
    unshare --mount --propagation private true 2>/dev/null \
        || unprivileged "unshare --mount is not possible here (needs CAP_SYS_ADMIN); cannot run polkitd in a private namespace"
    IRQSCOPE_E2E_NAMESPACE=1 exec unshare --mount --propagation private -- "$0" "$@"
fi

for tool in dbus-daemon gdbus setpriv; do
    command -v "$tool" >/dev/null || fail "$tool is missing (packages dbus-daemon, libglib2.0-bin, util-linux)"
done
polkitd=/usr/lib/polkit-1/polkitd
[ -x "$polkitd" ] || polkitd=/usr/libexec/polkitd
[ -x "$polkitd" ] || fail "polkitd is missing (package polkitd)"
[ -x "$helper" ] || fail "no helper at $helper"

work=$(mktemp -d /tmp/irqscope-e2e.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        # the helper is not our child: wait until each is gone, at most ~2 s
        for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# --- users: the test copies of passwd and group -----------------------------------------
free_uid() {
    local uid=$1
    while getent passwd "$uid" >/dev/null || grep -q "^[^:]*:[^:]*:$uid:" "$work/passwd"; do uid=$((uid + 1)); done
    echo "$uid"
}
grep -v '^irqscope-e2e-' /etc/passwd >"$work/passwd"
grep -v '^irqscope-e2e-' /etc/group >"$work/group"
gid=$(getent group nogroup | cut -d: -f3)
[ -n "$gid" ] || gid=65534
allow_uid=$(free_uid 64100)
echo "irqscope-e2e-allow:x:$allow_uid:$gid::/nonexistent:/usr/sbin/nologin" >>"$work/passwd"
deny_uid=$(free_uid 64100)
echo "irqscope-e2e-deny:x:$deny_uid:$gid::/nonexistent:/usr/sbin/nologin" >>"$work/passwd"
auth_uid=$(free_uid 64100)
echo "irqscope-e2e-auth:x:$auth_uid:$gid::/nonexistent:/usr/sbin/nologin" >>"$work/passwd"
chmod 644 "$work/passwd" "$work/group"
mount --bind "$work/passwd" /etc/passwd
mount --bind "$work/group" /etc/group

# --- polkit: the real .policy, a rules file deciding per user ----------------------------
mkdir -m 755 "$work/actions" "$work/rules.d" "$work/no-rules.d"
cp /usr/share/polkit-1/actions/*.policy "$work/actions/" 2>/dev/null || true
cp "$policydir/org.irqscope.policy" "$work/actions/"
cat >"$work/rules.d/10-irqscope-e2e.rules" <<'RULES'
// No logind here, so no session: decide explicitly per test user.
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("org.irqscope.") !== 0)
        return polkit.Result.NOT_HANDLED;
    if (subject.user === "irqscope-e2e-allow")
        return polkit.Result.YES;
    if (subject.user === "irqscope-e2e-auth")
        return polkit.Result.AUTH_ADMIN_KEEP; // a challenge, and no agent to answer it
    return polkit.Result.NO;
});
RULES
chmod 644 "$work/actions/"* "$work/rules.d/"*
mount --bind "$work/actions" /usr/share/polkit-1/actions
mount --bind "$work/rules.d" /etc/polkit-1/rules.d
mount --bind "$work/no-rules.d" /usr/share/polkit-1/rules.d

# --- the fixture root the helper writes into ---------------------------------------------
root=$work/root
mkdir -p "$root/sys/devices/system/cpu" "$root/proc/irq/10" "$root/proc/irq/11"
echo 0-3 >"$root/sys/devices/system/cpu/possible"
echo 0-3 >"$root/sys/devices/system/cpu/present"
echo 0-3 >"$root/sys/devices/system/cpu/online"
echo 0-3 >"$root/proc/irq/10/smp_affinity_list"
echo 0-3 >"$root/proc/irq/11/smp_affinity_list"
echo f >"$root/proc/irq/default_smp_affinity"

# --- the bus: system-like policy, polkit's and ours, our activation file ------------------
mkdir -m 755 "$work/services"
grep -q '^Exec=' "$configured/org.irqscope.Helper.service" || fail "no Exec= in the activation file"
sed "s|^Exec=.*|Exec=$helper --root $root --idle-timeout 2000|" \
    "$configured/org.irqscope.Helper.service" >"$work/services/org.irqscope.Helper.service"
cat >"$work/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$work/system_bus_socket</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$work/services</servicedir>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Properties"/>
  </policy>
  <include>/usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf</include>
  <include>$policydir/org.irqscope.Helper.conf</include>
</busconfig>
CONF
# --nofork: the activated helper inherits the daemon's stderr, so its log lands in bus.log.
dbus-daemon --config-file="$work/bus.conf" --nofork --nopidfile --print-address=1 \
    </dev/null >"$work/bus.out" 2>"$work/bus.log" &
pids+=("$!")
for _ in $(seq 100); do [ -S "$work/system_bus_socket" ] && [ -s "$work/bus.out" ] && break; sleep 0.05; done
[ -s "$work/bus.out" ] || { cat "$work/bus.log" >&2; fail "dbus-daemon did not start"; }
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$work/system_bus_socket"
unset DBUS_SESSION_BUS_ADDRESS

bus_call() { # METHOD ARGS... on org.freedesktop.DBus
    gdbus call --system --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method "org.freedesktop.DBus.$1" "${@:2}"
}
has_owner() { bus_call NameHasOwner "$1" | grep -q true; }

"$polkitd" --no-debug </dev/null >"$work/polkitd.log" 2>&1 &
pids+=("$!")
for _ in $(seq 100); do has_owner org.freedesktop.PolicyKit1 && break; sleep 0.05; done
has_owner org.freedesktop.PolicyKit1 || { cat "$work/polkitd.log" >&2; fail "polkitd did not appear on the bus"; }

# --- the checks -------------------------------------------------------------------------
cp "$client" "$work/client"
chmod 755 "$work/client"
as() { # USER-UID COMMAND...: runs the client unprivileged, prints its output
    setpriv --reuid="$1" --regid="$gid" --clear-groups -- "$work/client" "${@:2}" 2>>"$work/client.log" || true
}
failures=0
expect() { # DESCRIPTION EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then
        echo "PASS: $1"
    else
        echo "FAIL: $1: expected '$2', got '$3'" >&2
        failures=$((failures + 1))
    fi
}
mask() { tr -d '\n' <"$root/proc/irq/$1/smp_affinity_list"; }
first_word() { awk '{print $1, $2}' | sed 's/ $//'; }

expect "Version() without authorization (activates the helper)" "1" "$(as "$deny_uid" version | grep -c '^[0-9][0-9.]*$' || true)"
has_owner org.irqscope.Helper || fail "the helper was not activated"
helper_pid=$(bus_call GetConnectionUnixProcessID org.irqscope.Helper | tr -dc '0-9 ' | awk '{print $NF}')
[ -n "$helper_pid" ] && pids+=("$helper_pid")
expect "the helper runs as root" "0" "$(bus_call GetConnectionUnixUser org.irqscope.Helper | tr -dc '0-9 ' | awk '{print $NF}')"

expect "allowed user: SetIrqAffinity" "ok" "$(as "$allow_uid" set 10 1)"
expect "allowed user: the mask changed" "1" "$(mask 10)"
expect "allowed user: SetIrqAffinities" "ok" "$(as "$allow_uid" batch 10:2 11:3)"
expect "allowed user: both masks changed" "2 3" "$(mask 10) $(mask 11)"
expect "allowed user: SetDefaultAffinity" "ok" "$(as "$allow_uid" default 0,1)"
expect "allowed user: the default changed" "3" "$(tr -d '\n' <"$root/proc/irq/default_smp_affinity")"
expect "allowed user: validation after authorization" "error org.irqscope.Error.NoSuchIrq" "$(as "$allow_uid" set 99 1 | first_word)"

expect "denied user: SetIrqAffinity" "error org.irqscope.Error.NotAuthorized" "$(as "$deny_uid" set 11 0 | first_word)"
expect "denied user: SetIrqAffinities" "error org.irqscope.Error.NotAuthorized" "$(as "$deny_uid" batch 10:0 11:0 | first_word)"
expect "denied user: SetDefaultAffinity" "error org.irqscope.Error.NotAuthorized" "$(as "$deny_uid" default 2 | first_word)"
expect "denied user: invalid arguments still NotAuthorized" "error org.irqscope.Error.NotAuthorized" "$(as "$deny_uid" set 99 "" | first_word)"
expect "challenge without an agent: NotAuthorized" "error org.irqscope.Error.NotAuthorized" "$(as "$auth_uid" set 11 0 | first_word)"
expect "denied users changed nothing" "2 3 3" "$(mask 10) $(mask 11) $(tr -d '\n' <"$root/proc/irq/default_smp_affinity")"

# The shipped bus policy: no one but root may own the name; only the helper's interface (and
# Introspectable) may be called.
own=$(setpriv --reuid="$allow_uid" --regid="$gid" --clear-groups -- gdbus call --system --dest org.freedesktop.DBus \
    --object-path /org/freedesktop/DBus --method org.freedesktop.DBus.RequestName org.irqscope.Helper 4 2>&1 || true)
expect "bus policy: a user cannot own org.irqscope.Helper" "1" "$(echo "$own" | grep -c AccessDenied || true)"
props=$(setpriv --reuid="$allow_uid" --regid="$gid" --clear-groups -- gdbus call --system --dest org.irqscope.Helper \
    --object-path /org/irqscope/Helper --method org.freedesktop.DBus.Properties.GetAll org.irqscope.Helper1 2>&1 || true)
expect "bus policy: other interfaces are refused" "1" "$(echo "$props" | grep -c AccessDenied || true)"
intro=$(setpriv --reuid="$allow_uid" --regid="$gid" --clear-groups -- gdbus introspect --system --dest org.irqscope.Helper \
    --object-path /org/irqscope/Helper 2>&1 || true)
expect "bus policy: introspection is allowed" "1" "$(echo "$intro" | grep -c 'interface org.irqscope.Helper1' || true)"

# The log: every change and every denial, with the caller's uid.
expect "log: applied change with uid" "1" "$(grep -c "uid $allow_uid (.*) set IRQ 10 affinity 0-3 -> 1" "$work/bus.log" || true)"
expect "log: denials with uid" "2" "$(grep -c "denied SetIrqAffinity to uid $deny_uid " "$work/bus.log" || true)"
expect "log: unanswered challenge with uid" "1" "$(grep -c "denied SetIrqAffinity to uid $auth_uid .*no agent" "$work/bus.log" || true)"
expect "log: default affinity change" "1" "$(grep -c "uid $allow_uid (.*) set default affinity 0-3 -> 0-1" "$work/bus.log" || true)"

# Idle exit: the activated helper leaves by itself and gives the name up.
for _ in $(seq 100); do has_owner org.irqscope.Helper || break; sleep 0.1; done
expect "the helper exits when idle" "false" "$(has_owner org.irqscope.Helper && echo true || echo false)"

if [ "$failures" -ne 0 ]; then
    echo "--- bus.log (dbus-daemon and the helper)" >&2; cat "$work/bus.log" >&2
    echo "--- polkitd.log" >&2; cat "$work/polkitd.log" >&2
    echo "--- client.log" >&2; cat "$work/client.log" >&2 2>/dev/null || true
    fail "$failures check(s) failed"
fi
echo "polkit-e2e: all checks passed"
