#!/usr/bin/env bash
# Makes sure a Redis answers at REDIS_URL (default redis://127.0.0.1:6379): starts the
# machine's redis-server where it is installed, installs it from Debian's packages where not.
set -uo pipefail
url="${REDIS_URL:-redis://127.0.0.1:6379}"
hostport="${url#redis://}"; hostport="${hostport%%/*}"; hostport="${hostport##*@}"
host="${hostport%:*}"; port="${hostport##*:}"
ping() { (exec 3<>"/dev/tcp/$host/$port" && printf 'PING\r\n' >&3 && head -c 5 <&3 | grep -q PONG) 2>/dev/null; }
ping && exit 0
if ! command -v redis-server >/dev/null 2>&1; then
  echo "ensure-redis: installing redis-server from Debian's packages" >&2
  (apt-get install -y --no-install-recommends redis-server >/dev/null 2>&1 ||
    (apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends redis-server >/dev/null 2>&1)) || {
    echo "ensure-redis: cannot install redis-server" >&2; exit 1; }
fi
mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$port" --save "" --appendonly no \
  --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null 2>&1 ||
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no >/dev/null 2>&1
for _ in $(seq 1 50); do ping && exit 0; sleep 0.1; done
echo "ensure-redis: Redis did not come up at $host:$port" >&2
exit 1
