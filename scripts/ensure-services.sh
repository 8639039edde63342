#!/usr/bin/env bash
# The cluster (make run-cluster) and its tests run Debian's PostgreSQL, Redis and nginx on localhost.
# Installs whichever is missing; starts nothing (bot/cluster/services.py starts private instances).
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then SUDO=sudo; else SUDO=; fi
echo "Installing Debian's ${missing[*]} for the cluster..."
$SUDO apt-get update -qq
# policy-rc.d: the packages' own services are not started (each run starts private instances instead)
printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null && $SUDO chmod +x /usr/sbin/policy-rc.d
log=$(mktemp)
status=0
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >"$log" 2>&1 || status=$?
$SUDO rm -f /usr/sbin/policy-rc.d
if [ $status -ne 0 ]; then cat "$log" >&2; fi
rm -f "$log"
exit $status
