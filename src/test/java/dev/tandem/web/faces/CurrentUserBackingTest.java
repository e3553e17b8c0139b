package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CurrentUserBackingTest {

    @Test
    void theUserIconShowsTheInitialsOfTheFirstTwoNames() {
        assertEquals("AR", CurrentUserBacking.initialsOf("Ana Ruiz García"));
        assertEquals("ÁL", CurrentUserBacking.initialsOf("  álvaro   López "));
        assertEquals("B", CurrentUserBacking.initialsOf("bob"));
        assertEquals("?", CurrentUserBacking.initialsOf("   "));
    }
}
