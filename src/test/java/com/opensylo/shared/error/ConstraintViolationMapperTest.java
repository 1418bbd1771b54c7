package com.opensylo.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a violation is named in {@code details[].field}: by the violated value's JSON path, built
 * from the property path Bean Validation reports for a resource method (method and body-parameter
 * nodes dropped, renamed properties under their JSON name, list indexes and map keys in brackets).
 * The paths below have the shape Hibernate Validator gives them.
 */
class ConstraintViolationMapperTest {

  record Item(@JsonbProperty("gmv_30_days") Integer gmv30Days, String name) {}

  record Body(
      String name,
      @JsonbProperty("redirect_uris") List<String> redirectUris,
      Item item,
      List<Item> items) {}

  static class BaseRequest {
    @JsonbProperty("client_name")
    String clientName;
  }

  static class DerivedRequest extends BaseRequest {}

  private record Node(ElementKind kind, String name, Integer index, Object key)
      implements Path.Node {

    static Node of(ElementKind kind, String name) {
      return new Node(kind, name, null, null);
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isInIterable() {
      return index != null || key != null;
    }

    @Override
    public Integer getIndex() {
      return index;
    }

    @Override
    public Object getKey() {
      return key;
    }

    @Override
    public ElementKind getKind() {
      return kind;
    }

    @Override
    public <T extends Path.Node> T as(Class<T> nodeType) {
      return nodeType.cast(this);
    }
  }

  private static Node method(String name) {
    return Node.of(ElementKind.METHOD, name);
  }

  private static Node parameter(String name) {
    return Node.of(ElementKind.PARAMETER, name);
  }

  private static Node property(String name) {
    return Node.of(ElementKind.PROPERTY, name);
  }

  private static Node listElement(int index) {
    return new Node(ElementKind.CONTAINER_ELEMENT, "<list element>", index, null);
  }

  private static String field(Object leafBean, Node... nodes) {
    return ConstraintViolationMapper.fieldOf(new Violation(leafBean, List.of(nodes)));
  }

  @Test
  void aQueryOrPathParameterKeepsItsName() {
    assertThat(field(null, method("page"), parameter("size"))).isEqualTo("size");
  }

  @Test
  void aBodyPropertyDropsTheMethodAndParameterNodes() {
    Body body = new Body(" ", List.of(), null, List.of());
    assertThat(field(body, method("echo"), parameter("request"), property("name")))
        .isEqualTo("name");
  }

  @Test
  void aNestedPropertyIsADottedPathUnderItsJsonName() {
    Item item = new Item(-5, "x");
    assertThat(
            field(
                item,
                method("echo"),
                parameter("request"),
                property("item"),
                property("gmv30Days")))
        .isEqualTo("item.gmv_30_days");
  }

  @Test
  void aViolatedListElementIsIndexedUnderTheListsJsonName() {
    Body body = new Body("n", List.of(""), null, List.of());
    assertThat(
            field(
                body,
                method("echo"),
                parameter("request"),
                property("redirectUris"),
                listElement(0)))
        .isEqualTo("redirect_uris[0]");
  }

  @Test
  void aPropertyOfAListedBeanCarriesTheElementsIndex() {
    Item third = new Item(1, " ");
    Node name = new Node(ElementKind.PROPERTY, "name", 2, null);
    assertThat(field(third, method("echo"), parameter("request"), property("items"), name))
        .isEqualTo("items[2].name");
  }

  @Test
  void aMapValueCarriesItsKey() {
    Node value = new Node(ElementKind.CONTAINER_ELEMENT, "<map value>", null, "daily");
    assertThat(field(new Object(), method("put"), parameter("request"), property("limits"), value))
        .isEqualTo("limits[daily]");
  }

  @Test
  void aConstraintOnTheWholeBodyIsNamedBody() {
    assertThat(field(null, method("echo"), parameter("request"), Node.of(ElementKind.BEAN, null)))
        .isEqualTo("body");
  }

  @Test
  void aRenamedFieldIsFoundInASuperclass() {
    assertThat(
            field(
                new DerivedRequest(), method("create"), parameter("body"), property("clientName")))
        .isEqualTo("client_name");
  }

  @Test
  void withoutALeafBeanThePropertyKeepsItsJavaName() {
    assertThat(field(null, method("echo"), parameter("request"), property("redirectUris")))
        .isEqualTo("redirectUris");
  }

  /** A violation with only what {@code fieldOf} reads. */
  private record Violation(Object leafBean, List<Path.Node> nodes)
      implements ConstraintViolation<Object> {

    @Override
    public Path getPropertyPath() {
      return new Path() {
        @Override
        public Iterator<Path.Node> iterator() {
          return nodes.iterator();
        }

        @Override
        public String toString() {
          return nodes.toString();
        }
      };
    }

    @Override
    public Object getLeafBean() {
      return leafBean;
    }

    @Override
    public String getMessage() {
      return "must not be blank";
    }

    @Override
    public String getMessageTemplate() {
      return "{jakarta.validation.constraints.NotBlank.message}";
    }

    @Override
    public Object getRootBean() {
      return null;
    }

    @Override
    public Class<Object> getRootBeanClass() {
      return Object.class;
    }

    @Override
    public Object[] getExecutableParameters() {
      return new Object[0];
    }

    @Override
    public Object getExecutableReturnValue() {
      return null;
    }

    @Override
    public Object getInvalidValue() {
      return null;
    }

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return null;
    }

    @Override
    public <U> U unwrap(Class<U> type) {
      throw new UnsupportedOperationException();
    }
  }
}
