package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.tsunagu.security.UserAccounts;
import jp.tsunagu.security.UserAccounts.Account;
import jp.tsunagu.security.UserAccounts.TemporaryPassword;
import jp.tsunagu.security.UserForm;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, as the admin's screen keeps them (intermediary staff: facility staff only). A new account and a reset
 * answer with the temporary password, this once; it must be replaced at the person's first login on the screen.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users")
class UserApi {

    private final UserAccounts accounts;

    UserApi(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Accounts whose login, name or kana contains the text")
    DealApi.Page<Account> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String text) {
        DealApi.checkPage(page, size);
        return new DealApi.Page<>(page, size, accounts.count(text), accounts.page(text, page * size, size));
    }

    @GetMapping("/{login}")
    @Operation(summary = "One account")
    Account get(@PathVariable String login) {
        return accounts.find(login);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Creates an account; the answer holds its temporary password, this once")
    TemporaryPassword create(@RequestBody UserForm form) {
        return accounts.create(form);
    }

    @PutMapping("/{login}")
    @Operation(summary = "Changes an account's name, kana, contact, role, facility or organisation")
    Account update(@PathVariable String login, @RequestBody UserForm form) {
        form.setUsername(login);
        return accounts.update(login, form);
    }

    @PostMapping("/{login}/disable")
    @Operation(summary = "Disables an account: it can no longer log in (it is never deleted)")
    Account disable(@PathVariable String login) {
        accounts.disable(login);
        return accounts.find(login);
    }

    @PostMapping("/{login}/enable")
    @Operation(summary = "Enables a disabled account again")
    Account enable(@PathVariable String login) {
        accounts.enable(login);
        return accounts.find(login);
    }

    @PostMapping("/{login}/unlock")
    @Operation(summary = "Opens an account locked after wrong passwords")
    Account unlock(@PathVariable String login) {
        accounts.unlock(login);
        return accounts.find(login);
    }

    @PostMapping("/{login}/reset-password")
    @Operation(summary = "A new temporary password (in the answer, this once), to be replaced at the next login")
    TemporaryPassword resetPassword(@PathVariable String login) {
        return accounts.resetPassword(login);
    }
}
