# Shared by run.sh and crash.sh: start and stop the app on a database of our own.
# Settings (environment): LOAD_DB (opgave_load), LOAD_PGPORT (5432), LOAD_PORT (18080), LOAD_GATEWAY_PORT (26581),
# LOAD_WORK (/tmp/opgave-load), JAVA_OPTS (-Xmx2g), APP_ARGS (extra --key=value for the app), APP_JAR (a jar to run
# instead of this checkout's, e.g. an earlier build for a before/after; with SKIP_BUILD=1).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOAD_DB=${LOAD_DB:-opgave_load}
LOAD_PGPORT=${LOAD_PGPORT:-5432}
LOAD_PORT=${LOAD_PORT:-18080}
LOAD_GATEWAY_PORT=${LOAD_GATEWAY_PORT:-26581}
LOAD_WORK=${LOAD_WORK:-/tmp/opgave-load}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
APP_ARGS=${APP_ARGS:-}
APP_JAR=${APP_JAR:-$ROOT/app/target/opgave-engine.jar}
DRIVER_JAR=$ROOT/bench/load/target/load-driver.jar
BASE=http://127.0.0.1:$LOAD_PORT
mkdir -p "$LOAD_WORK"

psql_load() { psql -h 127.0.0.1 -p "$LOAD_PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

build() {
  if [ "${SKIP_BUILD:-}" != "1" ]; then
    (cd "$ROOT" && mvn -B -o -q -pl app -am package -DskipTests)
  fi
  (cd "$ROOT/bench/load" && mvn -B -o -q package -DskipTests)
}

jwt_keys() {
  # the driver signs RS256 tokens; the app gets the public key (the OIDC path of production, no bcrypt per request)
  if [ ! -f "$LOAD_WORK/jwt-private.pem" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$LOAD_WORK/jwt-private.pem" 2>/dev/null
    openssl pkey -in "$LOAD_WORK/jwt-private.pem" -pubout -out "$LOAD_WORK/jwt-public.pem"
  fi
}

fresh_database() {
  psql_load -d postgres -c "DROP DATABASE IF EXISTS $LOAD_DB" -c "CREATE DATABASE $LOAD_DB"
}

start_app() { # log file
  local log=$1
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$LOAD_PGPORT/$LOAD_DB?reWriteBatchedInserts=true" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= AXONIQ_UPDATE_CHECKER_DISABLED=true \
    java $JAVA_OPTS -jar "$APP_JAR" --spring.profiles.active=postgres --server.port="$LOAD_PORT" \
      --opgave.engine.gateway.port="$LOAD_GATEWAY_PORT" \
      --spring.security.oauth2.resourceserver.jwt.public-key-location="file:$LOAD_WORK/jwt-public.pem" \
      $APP_ARGS >>"$log" 2>&1 &
  APP_PID=$!
  echo "$APP_PID" >"$LOAD_WORK/app.pid"
}

wait_up() { # seconds
  for _ in $(seq 1 "${1:-120}"); do
    curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
}

machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB;" \
       "PostgreSQL $(psql_load -d postgres -c 'show server_version'), $(java -version 2>&1 | head -1)"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ); commit: $(cd "$ROOT" && git rev-parse --short HEAD)"
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
