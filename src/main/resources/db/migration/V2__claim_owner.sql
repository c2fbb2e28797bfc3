-- Several scheduler instances can share one PostgreSQL: a claim now names the instance that holds it,
-- so two instances can never read each other's claims as their own.
ALTER TABLE subscriptions ADD COLUMN claimed_by VARCHAR(64);
