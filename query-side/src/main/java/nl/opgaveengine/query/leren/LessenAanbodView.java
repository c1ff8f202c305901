package nl.opgaveengine.query.leren;

import java.util.List;
import nl.opgaveengine.api.leren.LessenAanbod;
import org.springframework.stereotype.Component;

/** Offers the lessons of similar opgaven from the lessons register, for the answer to an intake. */
@Component
public class LessenAanbodView implements LessenAanbod {

    private final LessenRepository lessen;

    public LessenAanbodView(LessenRepository lessen) {
        this.lessen = lessen;
    }

    @Override
    public List<AangebodenLes> aangeboden(String opgaveId, String thema, String gebied, String werkwijze, int max) {
        return lessen.aangeboden(opgaveId, thema, gebied, werkwijze, max).stream()
                .map(a -> new AangebodenLes(a.les().id(), a.les().opgaveId(), a.les().opgaveTitel(), a.les().geleerd(),
                        a.les().voorWie(), a.gelijkOp(), a.gelezen(), "/v1/lessen/" + a.les().id()))
                .toList();
    }
}
