package jp.tsunagu.processmap;

/** The processes the map draws: the deal pipeline and a facility's offer, each from its BPMN file. */
public enum MapProcess {
    PIPELINE("deal-pipeline", "bpmn/deal-pipeline.bpmn"),
    OFFERS("facility-offers", "bpmn/facility-offers.bpmn");

    private final String key;
    private final String resource;

    MapProcess(String key, String resource) {
        this.key = key;
        this.resource = resource;
    }

    /** The process definition key, as the engine has it. */
    public String key() {
        return key;
    }

    String resource() {
        return resource;
    }
}
