package nl.opgaveengine.engine;

/** Which open user tasks to list; a null field matches any. */
public record UserTaskFilter(Long processInstanceKey, String assignee, String candidateGroup, String elementId) {

    public static UserTaskFilter all() {
        return new UserTaskFilter(null, null, null, null);
    }

    public static UserTaskFilter ofInstance(long processInstanceKey) {
        return new UserTaskFilter(processInstanceKey, null, null, null);
    }
}
