package nl.opgaveengine.engine.feel;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.opgaveengine.engine.model.Expression;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/** Evaluates FEEL (the Camunda 8 dialect) against variables and hands back String, Number, Boolean, List or Map. */
@Component
public class FeelEvaluator {

    private final FeelEngineApi engine = FeelEngineBuilder.forJava().build();
    private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();

    /** The parse failure of an expression (without '='), or null when it parses. */
    public String syntaxError(String expression) {
        ParseResult result = engine.parseExpression(expression);
        return result.isSuccess() ? null : result.failure().message();
    }

    /** A static value as is, a FEEL expression evaluated. */
    public Object value(Expression expression, Map<String, Object> variables) {
        if (expression == null) {
            return null;
        }
        return expression.feel() ? evaluate(expression.text(), variables) : expression.text();
    }

    public Object evaluate(String expression, Map<String, Object> variables) {
        ParsedExpression expr = parsed.get(expression);
        if (expr == null) {
            ParseResult parse = engine.parseExpression(expression);
            if (!parse.isSuccess()) {
                throw new FeelException(expression, parse.failure().message());
            }
            expr = parse.parsedExpression();
            parsed.put(expression, expr);
        }
        EvaluationResult result = engine.evaluate(expr, variables);
        if (!result.isSuccess()) {
            throw new FeelException(expression, result.failure().message());
        }
        return toJava(result.result());
    }

    static Object toJava(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Double) {
            return value;
        }
        if (value instanceof scala.math.BigDecimal scalaDecimal) {
            return number(scalaDecimal.bigDecimal());
        }
        if (value instanceof BigDecimal decimal) {
            return number(decimal);
        }
        if (value instanceof Number number) {
            return number(new BigDecimal(number.toString()));
        }
        if (value instanceof scala.collection.Map<?, ?> scalaMap) {
            return toJava(scala.jdk.javaapi.CollectionConverters.asJava(scalaMap));
        }
        if (value instanceof scala.collection.Iterable<?> scalaIterable) {
            return toJava(scala.jdk.javaapi.CollectionConverters.asJava(scalaIterable));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toJava(v)));
            return out;
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> out = new ArrayList<>();
            iterable.forEach(v -> out.add(toJava(v)));
            return out;
        }
        if (value instanceof TemporalAccessor || value instanceof java.time.Duration || value instanceof java.time.Period) {
            return value.toString();
        }
        return value.toString();
    }

    private static Object number(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            try {
                long exact = stripped.longValueExact();
                // the same types Jackson reads back from the event store: Integer when it fits, else Long
                return exact == (int) exact ? (Object) (int) exact : (Object) exact;
            } catch (ArithmeticException tooLarge) {
                return decimal.doubleValue();
            }
        }
        return decimal.doubleValue();
    }
}
