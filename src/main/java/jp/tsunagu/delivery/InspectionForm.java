package jp.tsunagu.delivery;

import java.util.Map;

/** An inspection as entered: pieces checked, errors counted by type (code → count), checks ticked, a note. */
public record InspectionForm(Integer piecesChecked, Map<String, Integer> errors, boolean checksDone, String note) {}
