#!/usr/bin/env bash
# Starts a local PostgreSQL for the feedback-store tests and prints the line that points the tests at it:
#
#   eval "$(bash .ci/start-postgres.sh)"      # sets PROTOCOL_TEST_POSTGRES_URL
#   mvn -B test -Dtest=PostgresFeedbackStoreTest
#
# Installs Debian's postgresql with apt-get when it is missing (needs root), starts the Debian cluster (creating
# one if the package left none) on 127.0.0.1, and creates a database and a user for the tests. Safe to run again.
# Only the export line goes to standard output; progress goes to standard error.
set -euo pipefail

DB_NAME="${PROTOCOL_TEST_PG_DB:-protocolbot}"
DB_USER="${PROTOCOL_TEST_PG_USER:-protocolbot}"
# A throwaway password for a database that listens only on 127.0.0.1 and holds only test data.
DB_PASSWORD="${PROTOCOL_TEST_PG_PASSWORD:-protocolbot-test}"
CLUSTER="main"

log() { echo "start-postgres: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
    log "creating cluster $VERSION/$CLUSTER"
    pg_createcluster "$VERSION" "$CLUSTER" -- --auth-local=peer --auth-host=scram-sha-256 >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { print $3 }')"

if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
    log "starting cluster $VERSION/$CLUSTER on 127.0.0.1:$PORT"
    # Listen on loopback only, whatever postgresql.conf says.
    pg_ctlcluster "$VERSION" "$CLUSTER" start -- -o "-c listen_addresses=127.0.0.1" >&2
fi

for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$PORT" || { log "PostgreSQL did not accept connections on 127.0.0.1:$PORT"; exit 1; }

psql_admin() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != "1" ]; then
    log "creating user $DB_USER"
    psql_admin -c "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD'" >&2
else
    psql_admin -c "ALTER ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]; then
    log "creating database $DB_NAME"
    psql_admin -c "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_USER\"" >&2
fi

log "ready: database $DB_NAME for user $DB_USER on 127.0.0.1:$PORT"
echo "export PROTOCOL_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:$PORT/$DB_NAME?user=$DB_USER&password=$DB_PASSWORD'"
