package org.lantern.people;

/**
 * Children in one type of placement on a day, and of them how many were placed here by other
 * authorities and how many are ours placed elsewhere ("residential 16, of which 6 from other
 * councils and 2 of ours out of county").
 */
public record PlacementCount(
    PlacementType type, int children, int placedHereByOthers, int oursPlacedElsewhere) {}
