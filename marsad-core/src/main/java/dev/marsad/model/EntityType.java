package dev.marsad.model;

/** Kinds of named entity the contract knows. */
public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION
}
