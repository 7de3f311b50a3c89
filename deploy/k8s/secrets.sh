#!/usr/bin/env bash
# Makes the Secrets Redgrid needs in a namespace, with random passwords; never overwrites one
# that exists (the database roles and NATS users already use it). Nothing is written to disk.
#
#   deploy/k8s/secrets.sh <namespace>            create what is missing (kubectl's context)
#   deploy/k8s/secrets.sh <namespace> --print    print them as YAML instead (no cluster needed)
#
# For backups, set BACKUP_ACCESS_KEY_ID and BACKUP_ACCESS_SECRET_KEY (the object store's keys).
# The operator makes redgrid-pg-superuser itself (CloudNativePG, enableSuperuserAccess).
set -euo pipefail

namespace=${1:?usage: secrets.sh <namespace> [--print]}
mode=${2:-apply}
services=(registry tickets matching lists notifications)
nats_users=("${services[@]}" city admin sys)

password() {  # 48 hex characters: safe inside a URL, a shell and a NATS config
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'
}

exists() {
  [[ $mode == --print ]] && return 1
  kubectl -n "$namespace" get secret "$1" > /dev/null 2>&1
}

emit() {  # a Secret's YAML on stdin: print it, or create it
  if [[ $mode == --print ]]; then
    echo "---"
    cat
  else
    kubectl -n "$namespace" apply -f - > /dev/null
    echo "created secret $1"
  fi
}

for service in "${services[@]}"; do
  name=redgrid-$service-db
  exists "$name" && { echo "kept secret $name"; continue; }
  # basic-auth with username and password: what a CloudNativePG managed role reads.
  kubectl create secret generic "$name" -n "$namespace" --type=kubernetes.io/basic-auth \
    --from-literal=username="redgrid_$service" --from-literal=password="$(password)" \
    --dry-run=client -o yaml \
    | kubectl label --local -f - cnpg.io/reload=true app.kubernetes.io/part-of=redgrid \
        --dry-run=client -o yaml \
    | emit "$name"
done

name=redgrid-nats-users
if exists "$name"; then
  echo "kept secret $name"
else
  args=()
  for user in "${nats_users[@]}"; do
    args+=(--from-literal="$user-password=$(password)")
  done
  kubectl create secret generic "$name" -n "$namespace" "${args[@]}" --dry-run=client -o yaml \
    | kubectl label --local -f - app.kubernetes.io/part-of=redgrid --dry-run=client -o yaml \
    | emit "$name"
fi

# Tickets' photos: the keys of its MinIO user (OBJECTS_ACCESS_KEY, else redgrid-tickets; a
# random secret unless OBJECTS_SECRET_KEY is given). Make that user in MinIO with these keys and
# a policy on the bucket (deploy/README.md).
name=redgrid-tickets-objects
if exists "$name"; then
  echo "kept secret $name"
else
  kubectl create secret generic "$name" -n "$namespace" \
    --from-literal=access-key="${OBJECTS_ACCESS_KEY:-redgrid-tickets}" \
    --from-literal=secret-key="${OBJECTS_SECRET_KEY:-$(password)}" \
    --dry-run=client -o yaml \
    | kubectl label --local -f - app.kubernetes.io/part-of=redgrid --dry-run=client -o yaml \
    | emit "$name"
fi

name=redgrid-backup-s3
if [[ -n ${BACKUP_ACCESS_KEY_ID:-} ]] && ! exists "$name"; then
  kubectl create secret generic "$name" -n "$namespace" \
    --from-literal=ACCESS_KEY_ID="$BACKUP_ACCESS_KEY_ID" \
    --from-literal=ACCESS_SECRET_KEY="${BACKUP_ACCESS_SECRET_KEY:?set it too}" \
    --dry-run=client -o yaml \
    | kubectl label --local -f - app.kubernetes.io/part-of=redgrid --dry-run=client -o yaml \
    | emit "$name"
fi
