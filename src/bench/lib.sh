# Shared by the scripts here: a fresh PostgreSQL database owned by role ordertrail (password ordertrail).
fresh_database() {
  su postgres -c "psql -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'ordertrail') then create role ordertrail login password 'ordertrail'; end if; end \\\$\\\$\""
  su postgres -c "dropdb --if-exists $1" && su postgres -c "createdb -O ordertrail $1"
}

# Runs a class of src/devstack against that database, with the build's class path.
run_against() {
  local db=$1; shift
  ORDERTRAIL_DB_URL=jdbc:postgresql://localhost:5432/$db ORDERTRAIL_DB_USER=ordertrail ORDERTRAIL_DB_PASSWORD=ordertrail \
    java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/devstack.classpath)" "$@"
}
