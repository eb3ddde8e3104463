-- A counterpart in a country of origin (for return and reintegration) receives cross-border packages
-- encrypted to its public key (RSA-OAEP, 3072 bits or more, PEM); the private key never comes here.
alter table referrals.provider add column counterpart_country text;
alter table referrals.provider add column counterpart_public_key text;
alter table referrals.provider add column counterpart_key_set_at timestamp with time zone;
