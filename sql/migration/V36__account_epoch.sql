-- One counter that every write to accounts, their roles or the organisation raises (security.AccountChanges, in the
-- writing transaction): each node keeps the accounts it has read while the counter stands still and reads it at
-- most once a second (jixiao.security.account-check-interval), instead of re-reading the account, its roles and its
-- org on every request.
CREATE TABLE account_epoch (
    id     INT     NOT NULL PRIMARY KEY,
    epoch  BIGINT  NOT NULL
);
INSERT INTO account_epoch (id, epoch) VALUES (1, 0);
