/** Interfaces core needs from the outside world (stores, indexes, clocks); implementations live in adapters. */
package dev.marsad.port;
