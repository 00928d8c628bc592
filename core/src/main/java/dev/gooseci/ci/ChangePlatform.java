package dev.gooseci.ci;

/** The code hosts whose change requests Goose CI can publish a review to. */
public enum ChangePlatform {
    GITHUB,
    GITLAB
}
