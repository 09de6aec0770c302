package cn.jixiao.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The accounts of the people using this node, as {@link AccountStateFilter} checks them on each request: read from
 * the database once, then kept while the account counter ({@link AccountEpoch}) stands still — any change of an
 * account, its roles or an org raises it, and all are read afresh.
 */
@Component
class AccountCache {

    /** What a request needs to know of its account; null from {@link #find} when the account is gone. */
    record Account(boolean active, boolean mustChangePassword, CurrentUser user) {
    }

    private record Entry(long epoch, Account account) {
    }

    private final UserMapper users;
    private final AccountReader reader;
    private final AccountEpoch epochs;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile long seen = -1;

    AccountCache(UserMapper users, AccountReader reader, AccountEpoch epochs) {
        this.users = users;
        this.reader = reader;
        this.epochs = epochs;
    }

    Account find(String username) {
        long epoch = epochs.current(); // before the read: a change committed meanwhile raises it past this entry
        if (epoch != seen) {
            entries.clear();
            seen = epoch;
        }
        Entry kept = entries.get(username);
        if (kept != null && kept.epoch() == epoch) {
            return kept.account();
        }
        AppUser row = users.findByUsername(username);
        if (row == null) {
            return null;
        }
        Account account = new Account(row.active(), row.mustChangePassword(), reader.read(row, false));
        entries.put(username, new Entry(epoch, account));
        return account;
    }
}
