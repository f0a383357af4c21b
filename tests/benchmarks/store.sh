# Sourced by stores.sh and freshness.sh: the store a benchmark runs on (STORE=sqlite, the default, or postgres) and
# its cached synthetic network. PostgreSQL is reached through libpq's PGHOST/PGPORT/PGUSER (default
# 127.0.0.1:5432, postgres; the cluster's own settings are the operator's, e.g. fsync on); the network is generated
# once into the database network_synthetic_<size>, and every run works on a copy (CREATE DATABASE ... TEMPLATE), as
# the SQLite runs work on a copy of the cached file.
STORE="${STORE:-sqlite}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
PSQL="${PSQL:-psql}"

pg_connection() { echo "Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$1${PGPASSWORD:+;Password=$PGPASSWORD}"; }

# store_dataset SIZE -> sets LOGINS; generates the network into the store when it is not cached
store_dataset() {
  local size=$1
  case "$STORE" in
    sqlite)
      local db="$CACHE/synthetic-$size.db"
      LOGINS="$db.logins.json"
      if [[ ! -f "$db" || ! -f "$LOGINS" ]]; then
        echo "== generating $size professionals into $db"
        dotnet "$APP" generate --professionals "$size" --database "$db" --seed 42 --force
      fi ;;
    postgres)
      local name="network_synthetic_$size"
      LOGINS="$CACHE/synthetic-$size.postgres.logins.json"
      if [[ -z "$("$PSQL" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$name'")" || ! -f "$LOGINS" ]]; then
        echo "== generating $size professionals into PostgreSQL database $name"
        "$PSQL" -d postgres -qc "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        Database__Provider=Postgres ConnectionStrings__Network="$(pg_connection "$name")" \
          dotnet "$APP" generate --professionals "$size" --logins "$LOGINS" --seed 42 --force
      fi ;;
    *) echo "STORE must be sqlite or postgres, not $STORE" >&2; exit 2 ;;
  esac
}

# store_copy SIZE NAME -> sets STORE_ENV (the service's settings for a fresh copy of the cached network)
store_copy() {
  local size=$1 name=$2
  case "$STORE" in
    sqlite)
      local copy="$CACHE/$name-$size.db"
      rm -f "$copy" "$copy-wal" "$copy-shm"
      cp "$CACHE/synthetic-$size.db" "$copy"
      STORE_ENV=("ConnectionStrings__Network=Data Source=$copy") ;;
    postgres)
      local copy="network_${name//-/_}_$size"
      "$PSQL" -d postgres -qc "DROP DATABASE IF EXISTS $copy WITH (FORCE)" -c "CREATE DATABASE $copy TEMPLATE network_synthetic_$size"
      STORE_ENV=("Database__Provider=Postgres" "ConnectionStrings__Network=$(pg_connection "$copy")") ;;
  esac
}
