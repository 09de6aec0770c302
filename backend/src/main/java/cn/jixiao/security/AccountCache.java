package cn.jixiao.security;

import cn.jixiao.org.MasterDataCache;
import cn.jixiao.org.MasterDataVersion;
import org.springframework.stereotype.Component;

/**
 * The accounts of the people using this node, as {@link AccountStateFilter} checks them on each request: read from
 * the database once, then kept while the master-data counter ({@link MasterDataVersion}) stands still — any change
 * of an account, its roles, an org or a setting raises it, and all are read afresh.
 */
@Component
class AccountCache {

    /** What a request needs to know of its account; null from {@link #find} when the account is gone. */
    record Account(boolean active, boolean mustChangePassword, CurrentUser user) {
    }

    private final UserMapper users;
    private final AccountReader reader;
    private final MasterDataCache<String, Account> accounts;

    AccountCache(UserMapper users, AccountReader reader, MasterDataVersion version) {
        this.users = users;
        this.reader = reader;
        this.accounts = new MasterDataCache<>(version);
    }

    Account find(String username) {
        return accounts.get(username, this::read);
    }

    private Account read(String username) {
        AppUser row = users.findByUsername(username);
        return row == null ? null : new Account(row.active(), row.mustChangePassword(), reader.read(row, false));
    }
}
