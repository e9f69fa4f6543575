package io.ordertrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortCommonAndNameBasedPasswordsAreRefusedWithWhatToDo() {
        assertThat(PasswordPolicy.problemWith("sam", "short1".toCharArray()))
                .contains("Use at least 12 characters (it has 6); a few unrelated words make a good one.");
        assertThat(PasswordPolicy.problemWith("sam", "password1234".toCharArray()))
                .contains("That is one of the passwords people pick most often; choose another.");
        assertThat(PasswordPolicy.problemWith("sam", "Welcome123!!".toCharArray()))
                .as("a common one with digits and marks added")
                .contains("That is one of the passwords people pick most often; choose another.");
        assertThat(PasswordPolicy.problemWith("samantha", "my name is Samantha".toCharArray()))
                .contains("Do not use the user name in the password.");
        assertThat(PasswordPolicy.problemWith("sam", "x".repeat(129).toCharArray()))
                .contains("Use at most 128 characters.");
    }

    @Test
    void aPassphraseWillDo() {
        assertThat(PasswordPolicy.problemWith("sam", "copper kettle morning rain".toCharArray()))
                .isEmpty();
    }
}
